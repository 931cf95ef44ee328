import PDFDocument from 'pdfkit';
import { drawParagraph, type Align } from './draw';
import type { Face } from './fonts';
import { layoutParagraph, type Paragraph, type TextStyle } from './paragraph';

export { assertPrintable } from './coverage';
export { numberPages } from './page-numbers';
export { horizontalRule } from './rule';
export type { Align } from './draw';
export type { Paragraph, TextStyle } from './paragraph';

export interface PdfOptions {
  /** Document title: shown by viewers instead of the file name (displayTitle) and read first by screen readers. */
  title: string;
  /** BCP 47 language of the document, e.g. 'en-US'. */
  lang: string;
  author?: string;
  /** Page margin in points (all four sides). */
  margin: number;
}

/**
 * One PDF on the shared stack: Letter pages, tagged (PDF/UA-style structure tree in reading order), Noto fonts
 * embedded as subsets. Callers lay text out first (`layout`, to know its height), then place it inside a structure
 * element (`tag`); decorations and page furniture go in `artifact` so screen readers skip them.
 */
export interface Pdf {
  doc: PDFKit.PDFDocument;
  /** The Document structure element; add headings, paragraphs and lists to it in reading order. */
  root: PDFKit.PDFStructureElement;
  /** Content box of a page. */
  box: { left: number; top: number; width: number; bottom: number };
  layout(text: string, style: TextStyle, width: number): Paragraph;
  /** Draws a laid-out paragraph with its top-left corner at (x, y) inside `width`. Call within `tag` or `artifact`. */
  draw(paragraph: Paragraph, x: number, y: number, width: number, align?: Align): void;
  /** Adds a structure element (H1, P, L, LI, LBody, TH …) under `parent`; `content` draws its marked content. */
  tag(parent: PDFKit.PDFStructureElement, tagName: string, content?: () => void, options?: PDFKit.Mixins.StructureElementOptions): PDFKit.PDFStructureElement;
  /** Draws something that is not content (rules, running headers, page numbers): screen readers skip it. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void;
  /** Ends the structure tree and the document. */
  finish(): Promise<Buffer>;
}

export function createPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: options.margin,
    pdfVersion: '1.7',
    // No default font: pdfkit would parse Helvetica's metrics for every document, and nothing here draws with it.
    font: '',
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    // Page furniture ("Page x of y") is drawn once every page exists.
    bufferPages: true,
    info: { Title: options.title, Creator: 'Rapport', ...(options.author ? { Author: options.author } : {}) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const registered = new Set<string>();
  const register = (face: Face) => {
    if (registered.has(face.id)) return;
    doc.registerFont(face.id, face.font());
    registered.add(face.id);
  };
  const root = doc.struct('Document');
  doc.addStructure(root);
  const { width, height } = doc.page;

  return {
    doc,
    root,
    box: { left: options.margin, top: options.margin, width: width - 2 * options.margin, bottom: height - options.margin },
    layout: layoutParagraph,
    draw: (paragraph, x, y, boxWidth, align) => drawParagraph(doc, paragraph, { x, y, width: boxWidth, align }, register),
    tag(parent, tagName, content, options = {}) {
      const element = content ? doc.struct(tagName, options, content) : doc.struct(tagName, options);
      parent.add(element);
      return element;
    },
    artifact(draw, type = 'Layout') {
      doc.markContent('Artifact', { type });
      draw();
      doc.endMarkedContent();
    },
    finish() {
      root.end();
      doc.end();
      return done;
    },
  };
}
