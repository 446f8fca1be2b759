/**
 * What a reader cannot see: whitespace, control characters (NUL…), format characters (zero-width space and
 * joiners, word joiner, bidi marks), every other default-ignorable code point (the Hangul fillers U+115F U+1160
 * U+3164 U+FFA0, variation selectors) and the braille blank U+2800, which fonts draw as nothing.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** The text a reader would see: the one measure of "not blank" for every text field, at the edge and in the domain. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '');
}

export const hasVisibleText = (text: string): boolean => visibleText(text).length > 0;
