import styles from './brand.module.css'

/** The login screen's mark: the register's name instead of Payload's logo. */
export default function Logo() {
  return (
    <div className={styles.logo}>
      <span className={styles.mark} aria-hidden="true">
        VIE
      </span>
      <span className={styles.name}>
        <span lang="de">vernetzt in Europa</span>
        <span className={styles.owner}>BBSR</span>
      </span>
    </div>
  )
}
