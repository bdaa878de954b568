import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'

import { csvField, toCsv, unguard } from './csv'

describe('CSV writer', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting that a strict parser reads back', () => {
    const rows = [
      { name: 'Plain', note: 'with "quotes", commas\nand a line break', n: 3 },
      { name: ' padded ', note: null, n: -4 },
    ]
    const csv = toCsv(
      [
        { header: 'name', value: (r: (typeof rows)[number]) => r.name },
        { header: 'note', value: (r: (typeof rows)[number]) => r.note },
        { header: 'n', value: (r: (typeof rows)[number]) => r.n },
      ],
      rows,
    )
    expect(csv.startsWith('\uFEFFname,note,n\r\n')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const parsed = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n', relax_quotes: false, trim: false })
    expect(parsed).toEqual([
      { name: 'Plain', note: 'with "quotes", commas\nand a line break', n: '3' },
      { name: ' padded ', note: '', n: '-4' },
    ])
  })

  it('neutralises text that a spreadsheet would run as a formula, and can undo it', () => {
    for (const dangerous of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      const field = csvField(dangerous)
      const value = (parse(field, { record_delimiter: '\r\n' }) as string[][])[0]?.[0]
      expect(value?.startsWith("'"), dangerous).toBe(true)
      expect(unguard(value ?? '')).toBe(dangerous)
    }
    expect(csvField(-5)).toBe('-5')
    expect(csvField('Köln')).toBe('Köln')
    expect(unguard("'quoted")).toBe("'quoted")
  })
})
