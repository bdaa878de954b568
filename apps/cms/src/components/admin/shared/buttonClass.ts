/** Payload's button classes for a native button, greyed out like Payload's own when disabled. */
export const buttonClass = (style: 'primary' | 'secondary', disabled: boolean): string =>
  `btn btn--style-${style} btn--size-medium${disabled ? ' btn--disabled' : ''}`
