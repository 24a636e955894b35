// PDF rendering thread: receives a ready-made pdfmake document definition (plain JSON built from the
// database on the main thread) and answers with the PDF bytes. Plain JavaScript so it loads the same
// under `node --import @oxc-node/core/register`, vitest and the benchmarks.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import pdfmake from 'pdfmake';
import Roboto from 'pdfmake/fonts/Roboto.js';
import Courier from 'pdfmake/standard-fonts/Courier.js';
import Helvetica from 'pdfmake/standard-fonts/Helvetica.js';
import { expandAnnex } from './protocol-annex.ts';

// PDF standard fonts (nothing embedded or shaped): Courier, fixed width, draws the protocol's
// installation list; Helvetica draws the bill.
pdfmake.addFonts({ ...Roboto, ...Courier, ...Helvetica });
// Documents never fetch anything: no URLs, no local files but the fonts registered above (the
// standard font's names are asked for too; pdfkit carries its metrics).
const fontFiles = new Set(
  [Roboto, Courier, Helvetica].flatMap((fonts) =>
    Object.values(fonts).flatMap((family) => Object.values(family)),
  ),
);
skipEmptyKerning();
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

/**
 * pdfkit looks up a kerning pair for every pair of characters drawn in a standard font (a string
 * key per pair: ~12 % of a 10,000-installation protocol), and Courier has no kerning pairs at all:
 * for a font without pairs the advances are the glyph widths. Patched on pdfkit's AFM font class,
 * found through a font it creates; if that ever changes shape, nothing is patched.
 */
function skipEmptyKerning() {
  try {
    const PDFDocument = createRequire(createRequire(import.meta.url).resolve('pdfmake'))('pdfkit');
    const probe = new PDFDocument({ autoFirstPage: false });
    probe.font('Courier');
    const proto = Object.getPrototypeOf(probe._font?.font ?? {});
    const original = proto.advancesForGlyphs;
    if (typeof original !== 'function' || typeof proto.widthOfGlyph !== 'function') return;
    proto.advancesForGlyphs = function advancesForGlyphs(glyphs) {
      this.noKerning ??= !this.kernPairs || Object.keys(this.kernPairs).length === 0;
      if (!this.noKerning) return original.call(this, glyphs);
      return glyphs.map((g) => this.widthOfGlyph(g));
    };
  } catch {
    // Rendering works unpatched.
  }
}

/** Functions cannot cross threads: the footer is rebuilt here from its text. */
function withFooter(doc, footerText) {
  if (!footerText) return doc;
  return {
    ...doc,
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: footerText, alignment: 'left' },
        { text: `Página ${currentPage} de ${pageCount}`, alignment: 'right', width: 'auto' },
      ],
      margin: [40, 12, 40, 0],
      fontSize: 8,
      color: '#555555',
    }),
  };
}

parentPort.on('message', async (job) => {
  try {
    expandAnnex(job.doc);
    const buffer = await pdfmake.createPdf(withFooter(job.doc, job.footerText)).getBuffer();
    const bytes = new Uint8Array(buffer.byteLength);
    bytes.set(buffer);
    parentPort.postMessage({ id: job.id, pdf: bytes }, [bytes.buffer]);
  } catch (err) {
    parentPort.postMessage({
      id: job.id,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    });
  }
});
