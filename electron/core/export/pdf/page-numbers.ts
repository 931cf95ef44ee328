import type { Pdf, TextStyle } from './pdf';

/**
 * Page furniture at the foot of every page, drawn once the page count is known: `text` (the student's name, when
 * the sheet was printed…) on the left and "Page x of y" on the right, as Pagination artifacts screen readers skip.
 * The default grey reads 7.5:1 on white: WCAG AA asks 4.5:1 of small text, which #777777 (4.48:1) just misses.
 */
export function numberPages(pdf: Pdf, text: string, style: TextStyle = { size: 8, color: '#555555' }): void {
  const { doc, box } = pdf;
  const range = doc.bufferedPageRange();
  const left = pdf.layout(text, style, box.width * 0.7);
  const y = box.bottom + 14;
  for (let page = 0; page < range.count; page++) {
    doc.switchToPage(range.start + page);
    const numbers = pdf.layout(`Page ${page + 1} of ${range.count}`, style, box.width * 0.3);
    pdf.artifact(() => {
      pdf.draw(left, box.left, y, box.width * 0.7);
      pdf.draw(numbers, box.left + box.width * 0.7, y, box.width * 0.3, 'right');
    }, 'Pagination');
  }
}
