import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildDiagnosticsCsv,
  buildInstallationTemplateCsv,
  buildInstallationTemplateXlsx,
  InstallationFileError,
  MAX_DATA_ROWS,
  MAX_FILE_BYTES,
  parseInstallationFile,
  type InstallationFileErrorCode,
} from './index.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url)));
const parse = (name: string) => parseInstallationFile(fixture(name), name);

async function expectFileError(
  promise: Promise<unknown>,
  code: InstallationFileErrorCode,
): Promise<InstallationFileError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InstallationFileError);
  const fileError = err as InstallationFileError;
  expect(fileError.code).toBe(code);
  expect(fileError.message).toMatch(/[ãçéíóúâêô]|arquivo/i); // pt-BR text for the customer
  return fileError;
}

describe('parseInstallationFile: encodings and delimiters', () => {
  for (const name of ['utf8.csv', 'utf8-bom.csv', 'windows-1252.csv']) {
    it(`reads ${name}`, async () => {
      const result = await parse(name);
      expect(result.kind).toBe('csv');
      expect(result.numbers.toArray()).toEqual(['0012345678', '0012345679', '12345']);
      expect(result.diagnostics.find((d) => d.code === 'DUPLICATE')).toMatchObject({
        row: 5,
        value: '0012345678',
      });
    });
  }

  it('decodes Windows-1252 as windows-1252, not Latin-1 (€ and curly quotes)', async () => {
    const result = await parse('windows-1252.csv');
    expect(result.diagnostics.find((d) => d.code === 'INVALID_NUMBER')).toMatchObject({
      row: 7,
      value: 'ação€',
    });
  });

  it('reads comma-separated with quoted delimiters and "N° Instalação" header in column 2', async () => {
    expect((await parse('comma.csv')).numbers.toArray()).toEqual(['0012345678', '12345']);
  });

  it('reads tab-separated .txt ("Unidade consumidora")', async () => {
    expect((await parse('tab.txt')).numbers.toArray()).toEqual(['0012345678', '12345']);
  });

  it('reads UTF-16LE with BOM (Excel "Texto Unicode")', async () => {
    expect((await parse('utf16le.txt')).numbers.toArray()).toEqual(['0012345678']);
  });

  it('reads CR-only line endings', async () => {
    expect((await parse('cr-only.csv')).numbers.toArray()).toEqual(['0012345678', '12345']);
  });
});

describe('parseInstallationFile: rows', () => {
  it('skips blank lines silently, flags EMPTY cells, handles quotes, "" escapes and quoted newlines', async () => {
    const result = await parse('blank-lines-quoted.csv');
    expect(result.numbers.toArray()).toEqual(['0012345678', '12345', '777']);
    expect(result.totalRows).toBe(4);
    expect(result.diagnostics).toEqual([
      // Row numbers count records, as Excel shows them: the quoted newline stays in row 4.
      expect.objectContaining({ row: 6, code: 'EMPTY', value: '' }),
    ]);
  });

  it('flags scientific notation as EXCEL_NUMBER_FORMAT with a pt-BR explanation', async () => {
    const result = await parse('scientific.csv');
    expect(result.numbers.toArray()).toEqual(['0012345678']);
    expect(result.diagnostics.map((d) => [d.row, d.code, d.value])).toEqual([
      [2, 'EXCEL_NUMBER_FORMAT', '1,23457E+11'],
      [3, 'EXCEL_NUMBER_FORMAT', '1.23457e+11'],
    ]);
    expect(result.diagnostics[0]!.message).toContain('Texto');
  });

  it('headerless: first column, row 1 is data', async () => {
    const result = await parse('headerless.csv');
    expect(result.numbers.toArray()).toEqual(['0012345678', '12345', '999']);
    expect(result.diagnostics).toEqual([]);
  });

  it('dedupes keeping the first occurrence; leading zeros are significant', async () => {
    const result = await parse('duplicates.csv');
    expect(result.numbers.toArray()).toEqual(['1', '2', '01']);
    expect(result.diagnostics.map((d) => [d.row, d.code, d.value])).toEqual([
      [4, 'DUPLICATE', '1'],
      [6, 'DUPLICATE', '2'],
    ]);
    expect(result.diagnostics[0]!.message).toContain('linha 2');
  });
});

describe('parseInstallationFile: XLSX', () => {
  it('reads a filled template (text cells keep leading zeros)', async () => {
    const result = await parse('template-filled.xlsx');
    expect(result.kind).toBe('xlsx');
    expect(result.numbers.toArray()).toEqual(['0012345678', '12345']);
    expect(result.diagnostics.map((d) => [d.row, d.code, d.value])).toEqual([
      [4, 'DUPLICATE', '0012345678'],
      [5, 'INVALID_NUMBER', '12A45'],
    ]);
  });

  it('flags numeric cells (Excel-damaged) as EXCEL_NUMBER_FORMAT, blank number with content as EMPTY', async () => {
    const result = await parse('numeric-cells.xlsx');
    expect(result.numbers.toArray()).toEqual(['0012345678']);
    expect(result.diagnostics.map((d) => [d.row, d.code, d.value])).toEqual([
      [2, 'EXCEL_NUMBER_FORMAT', '12345678'],
      [3, 'EXCEL_NUMBER_FORMAT', '123456789012'],
      [5, 'EMPTY', ''],
    ]);
  });

  it('detects XLSX by magic bytes whatever the name says', async () => {
    expect((await parseInstallationFile(fixture('template-filled.xlsx'), 'planilha.csv')).kind).toBe('xlsx');
  });

  it('round-trips the template generator with prefilled numbers', async () => {
    const numbers = ['000000000001', '42', '999999999999'];
    const bytes = await buildInstallationTemplateXlsx(numbers);
    const result = await parseInstallationFile(bytes, 'modelo.xlsx');
    expect(result.numbers.toArray()).toEqual(numbers);
    expect(result.diagnostics).toEqual([]);
  });

  it('blank template is EMPTY_FILE', async () => {
    await expectFileError(
      parseInstallationFile(await buildInstallationTemplateXlsx(), 'modelo.xlsx'),
      'EMPTY_FILE',
    );
  });
});

describe('parseInstallationFile: whole-file errors', () => {
  it('empty file', () => expectFileError(parse('empty.csv'), 'EMPTY_FILE'));
  it('header only', () => expectFileError(parse('header-only.csv'), 'EMPTY_FILE'));
  it('missing column', () => expectFileError(parse('no-column.csv'), 'MISSING_COLUMN'));
  it('PDF', () => expectFileError(parse('fake.pdf'), 'UNSUPPORTED_FORMAT'));
  it('PDF renamed to .csv', () =>
    expectFileError(parseInstallationFile(fixture('fake.pdf'), 'x.csv'), 'UNSUPPORTED_FORMAT'));
  it('PNG', () => expectFileError(parse('image.png'), 'UNSUPPORTED_FORMAT'));
  it('legacy .xls (OLE header)', async () => {
    const err = await expectFileError(
      parseInstallationFile(fixture('legacy.xls'), 'x.csv'),
      'UNSUPPORTED_FORMAT',
    );
    expect(err.message).toContain('.xlsx');
  });
  it('random binary with NULs', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    return expectFileError(parseInstallationFile(bytes, 'dados.csv'), 'UNSUPPORTED_FORMAT');
  });
  it('text named .xlsx is corrupt', () =>
    expectFileError(parseInstallationFile(fixture('utf8.csv'), 'x.xlsx'), 'CORRUPT_FILE'));
  it('truncated XLSX is corrupt', () =>
    expectFileError(
      parseInstallationFile(fixture('template-filled.xlsx').subarray(0, 3000), 'x.xlsx'),
      'CORRUPT_FILE',
    ));

  it('over 10 MB (generated in-test)', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x31);
    return expectFileError(parseInstallationFile(bytes, 'grande.csv'), 'FILE_TOO_LARGE');
  });

  it('over 100,000 data rows', () => {
    const lines = ['Nº Instalação'];
    for (let i = 0; i <= MAX_DATA_ROWS; i++) lines.push(String(i));
    return expectFileError(
      parseInstallationFile(new TextEncoder().encode(lines.join('\n')), 'x.csv'),
      'TOO_MANY_ROWS',
    );
  });

  it('exactly 100,000 data rows is accepted', async () => {
    const lines = ['Nº Instalação'];
    for (let i = 0; i < MAX_DATA_ROWS; i++) lines.push(String(i));
    const result = await parseInstallationFile(new TextEncoder().encode(lines.join('\n')), 'x.csv');
    expect(result.numbers.length).toBe(MAX_DATA_ROWS);
  });

  it('huge cell (runaway quote) is refused, not hung on', async () => {
    const text = 'Nº Instalação;Obs\r\n1;"' + 'x'.repeat(5000) + '\r\n2;ok\r\n';
    const err = await expectFileError(
      parseInstallationFile(new TextEncoder().encode(text), 'x.csv'),
      'CORRUPT_FILE',
    );
    expect(err.message).toContain('linha 2');
  });

  it('huge unquoted cell is refused', () => {
    const text = 'Nº Instalação;Obs\r\n1;' + 'x'.repeat(1001) + '\r\n';
    return expectFileError(parseInstallationFile(new TextEncoder().encode(text), 'x.csv'), 'CORRUPT_FILE');
  });
});

describe('parseInstallationFile: progress and abort', () => {
  const big = () => {
    const lines = ['Nº Instalação'];
    for (let i = 0; i < 60_000; i++) lines.push(String(i));
    return new TextEncoder().encode(lines.join('\n'));
  };

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await parseInstallationFile(big(), 'x.csv', { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('aborts', async () => {
    const controller = new AbortController();
    const promise = parseInstallationFile(big(), 'x.csv', {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(promise).rejects.toThrow();
    expect(controller.signal.aborted).toBe(true);
  });
});

describe('zip-bomb guard', () => {
  /** Minimal zip (stored entries) whose central directory can lie about sizes. */
  function zip(
    entries: { name: string; data: Uint8Array; declaredSize?: number; method?: number }[],
  ): Uint8Array {
    const enc = new TextEncoder();
    const parts: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const e of entries) {
      const name = enc.encode(e.name);
      const local = new Uint8Array(30 + name.length);
      const lv = new DataView(local.buffer);
      lv.setUint32(0, 0x04034b50, true);
      lv.setUint16(8, e.method ?? 0, true);
      lv.setUint32(18, e.data.length, true);
      lv.setUint32(22, e.declaredSize ?? e.data.length, true);
      lv.setUint16(26, name.length, true);
      local.set(name, 30);
      const cd = new Uint8Array(46 + name.length);
      const cv = new DataView(cd.buffer);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(10, e.method ?? 0, true);
      cv.setUint32(20, e.data.length, true);
      cv.setUint32(24, e.declaredSize ?? e.data.length, true);
      cv.setUint16(28, name.length, true);
      cv.setUint32(42, offset, true);
      cd.set(name, 46);
      parts.push(local, e.data);
      central.push(cd);
      offset += local.length + e.data.length;
    }
    const cdSize = central.reduce((s, c) => s + c.length, 0);
    const eocd = new Uint8Array(22);
    const ev = new DataView(eocd.buffer);
    ev.setUint32(0, 0x06054b50, true);
    ev.setUint16(8, entries.length, true);
    ev.setUint16(10, entries.length, true);
    ev.setUint32(12, cdSize, true);
    ev.setUint32(16, offset, true);
    const all = [...parts, ...central, eocd];
    const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
    let p = 0;
    for (const part of all) {
      out.set(part, p);
      p += part.length;
    }
    return out;
  }

  const xml = new TextEncoder().encode('<workbook/>');

  it('refuses entries declaring a huge uncompressed size', () =>
    expectFileError(
      parseInstallationFile(
        zip([
          { name: 'xl/workbook.xml', data: xml },
          {
            name: 'xl/worksheets/sheet1.xml',
            data: new Uint8Array(100),
            declaredSize: 4_000_000_000,
            method: 8,
          },
        ]),
        'bomba.xlsx',
      ),
      'FILE_TOO_LARGE',
    ));

  it('refuses an absurd compression ratio', () =>
    expectFileError(
      parseInstallationFile(
        zip([
          { name: 'xl/workbook.xml', data: xml },
          {
            name: 'xl/worksheets/sheet1.xml',
            data: new Uint8Array(1000),
            declaredSize: 40_000_000,
            method: 8,
          },
        ]),
        'bomba.xlsx',
      ),
      'FILE_TOO_LARGE',
    ));

  it('refuses a real deflate bomb whose header lies (inflates past what it declares)', async () => {
    // 10 MB of zeros deflated to ~10 KB, declared as 1 KB.
    const deflated = new Uint8Array(
      await new Response(
        new Blob([new Uint8Array(10 * 1024 * 1024)])
          .stream()
          .pipeThrough(new CompressionStream('deflate-raw')),
      ).arrayBuffer(),
    );
    await expectFileError(
      parseInstallationFile(
        zip([
          { name: 'xl/workbook.xml', data: xml },
          { name: 'xl/worksheets/sheet1.xml', data: deflated, declaredSize: 1024, method: 8 },
        ]),
        'bomba.xlsx',
      ),
      'CORRUPT_FILE',
    );
  });

  it('refuses a zip that is not a spreadsheet', () =>
    expectFileError(
      parseInstallationFile(zip([{ name: 'foto.jpg', data: xml }]), 'x.xlsx'),
      'UNSUPPORTED_FORMAT',
    ));
});

describe('templates and diagnostics CSV', () => {
  it('CSV template: BOM, header, CRLF, prefilled numbers, and it parses back', async () => {
    const bytes = buildInstallationTemplateCsv(['0001', '42']);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('Nº Instalação\r\n0001\r\n42\r\n');
    expect((await parseInstallationFile(bytes, 'modelo.csv')).numbers.toArray()).toEqual(['0001', '42']);
  });

  it('XLSX template has the text format, the header and the instructions sheet', async () => {
    const { readSheet } = await import('read-excel-file/universal');
    const bytes = await buildInstallationTemplateXlsx(['0001']);
    const ab = bytes.slice().buffer;
    expect(await readSheet(ab, 1)).toEqual([['Nº Instalação'], ['0001']]);
    const instructions = await readSheet(ab, 2);
    expect(String(instructions[1]![0])).toContain(
      'Preencha uma instalação por linha na coluna Nº Instalação',
    );
  });

  it('diagnostics CSV: pt-BR headers, ;, BOM, escaping, formula neutralised', () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      buildDiagnosticsCsv([
        { row: 3, value: '=HYPERLINK("x")', code: 'INVALID_NUMBER', message: 'Inválido; veja' },
        { row: 4, value: '', code: 'EMPTY', message: 'Vazio' },
      ]),
    );
    expect(text).toBe('\uFEFFLinha;Valor;Motivo\r\n3;"\'=HYPERLINK(""x"")";"Inválido; veja"\r\n4;;Vazio\r\n');
  });
});
