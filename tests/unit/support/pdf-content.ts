import { inflateSync } from 'node:zlib';

/** The compressed streams of a pdfkit PDF, inflated (page content, ToUnicode maps); the XMP metadata is stored as it is. */
export function pdfStreams(file: Buffer): string[] {
  return [...file.toString('latin1').matchAll(/\/FlateDecode\s*>>\s*stream\n([\s\S]*?)\nendstream/g)].map((match) =>
    inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1'),
  );
}
