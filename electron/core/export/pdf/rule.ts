import type { Pdf } from './pdf';

/** A rule across the content box at `y`: a decoration, so screen readers skip it. */
export function horizontalRule(pdf: Pdf, y: number, color: string, width = 0.5): void {
  pdf.artifact(() =>
    pdf.doc
      .moveTo(pdf.box.left, y)
      .lineTo(pdf.box.left + pdf.box.width, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke(),
  );
}
