// pdfkit 0.20 writes a table header cell's scope (/A << /O /Table /Scope /Column >>) from `scope`, which
// @types/pdfkit 0.17 does not list: screen readers use it to announce the column name with each cell.
declare global {
  namespace PDFKit.Mixins {
    interface StructureElementOptions {
      scope?: 'Row' | 'Column' | 'Both';
    }
  }
}

export {};
