'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { builderText } from '../embedBuilder/text'
import styles from './editorNavLinks.module.css'

/** Nav entries of the editors' tools, after the collections. */
export default function EditorNavLinks() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pathname = usePathname()
  const t = builderText(i18n.language)
  const links = [
    { href: `${config.routes.admin}/embed-builder`, label: t.navBuilder },
    { href: `${config.routes.admin}/import-export`, label: t.navImport },
  ]
  return (
    <div className={styles.group}>
      {links.map((link) => (
        <Link key={link.href} href={link.href} className={`nav__link ${styles.link}`} aria-current={pathname === link.href ? 'page' : undefined}>
          <span className="nav__link-label">{link.label}</span>
        </Link>
      ))}
    </div>
  )
}
