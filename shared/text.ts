// Hostile text neutralised on the way in (issue 13): the control characters a terminal or another program acts
// on (NUL, BEL, ESC… and the C1 set, whose CSI starts terminal commands on its own) and the bidi overrides and
// isolates that make text display in another order than it is stored. Every path that stores text (the
// contract's fields for forms and the API, the importers) passes through one of these two.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const hostile = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Names, titles and other one-line fields: a line break or tab becomes one space, any other control character goes. */
export function cleanLine(text: string): string {
  return text.replace(hostile, '').replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

/** Free text (notes, descriptions): line breaks (stored as \n) and tabs stay, any other control character goes. */
export function cleanMultiline(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(hostile, '');
}
