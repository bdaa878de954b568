/** The small mark in the admin's navigation bar; drawn as SVG so it fits Payload's icon box. */
export default function Icon() {
  return (
    <svg width="18" height="18" viewBox="0 0 32 32" role="img" aria-label="VIE">
      <rect width="32" height="32" rx="6" fill="#004b87" />
      <text x="16" y="21" textAnchor="middle" fontSize="12" fontWeight="700" fill="#fff" fontFamily="sans-serif">
        VIE
      </text>
    </svg>
  )
}
