import { AppError } from '../../errors';
import { cjkRegionOf, fallbackStack } from './fonts';
import { printedText } from './paragraph';
import { fontRuns } from './runs';

function describe(cluster: string): string {
  const codes = [...cluster].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `"${cluster}" (${codes.join(' ')})`;
}

/** The characters of a text that no bundled font can draw, each cluster once (of what is printed: controls are left out). */
export function unprintable(text: string): string[] {
  const printed = printedText(text);
  return fontRuns(printed, fallbackStack('regular', cjkRegionOf(printed))).missing;
}

/**
 * Refuses a text that the PDF could only show as boxes or blanks: never a silent replacement on a document that goes
 * to an employer. `whose` names the field and the person, e.g. "the name of reference Li Wei".
 */
export function assertPrintable(text: string, whose: string): void {
  const missing = unprintable(text);
  if (missing.length === 0) return;
  const list = missing.map(describe).join(', ');
  throw new AppError(
    'invalid_input',
    `The PDF cannot show ${list} in ${whose}: no font bundled with Rapport has ${missing.length === 1 ? 'this character' : 'these characters'}. Change the text and export again.`,
    { whose, characters: missing },
  );
}
