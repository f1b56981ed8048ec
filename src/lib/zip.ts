import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with `/` separators (UTF-8, so Japanese names survive). */
  name: string;
  data: Uint8Array;
}

/** DOS date and time fields; a fixed stamp keeps two packages of the same build byte-identical. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/**
 * Writes a ZIP archive (deflate, UTF-8 names, no ZIP64: a site stays far below 4 GB and 65,535 files).
 * The format needs only local headers, the data and a central directory, so no dependency is worth it.
 */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    // Keep a file stored when deflate would not make it smaller (images, already compressed search files).
    const stored = deflated.length >= data.length;
    const body = stored ? Buffer.from(data) : deflated;
    const crc = crc32(data);
    const common = (h: Buffer, at: number) => {
      h.writeUInt16LE(20, at); // version needed: 2.0
      h.writeUInt16LE(0x0800, at + 2); // flag: names are UTF-8
      h.writeUInt16LE(stored ? 0 : 8, at + 4);
      h.writeUInt16LE(DOS_TIME, at + 6);
      h.writeUInt16LE(DOS_DATE, at + 8);
      h.writeUInt32LE(crc, at + 10);
      h.writeUInt32LE(body.length, at + 14);
      h.writeUInt32LE(data.length, at + 18);
      h.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0 (so the mode below is read)
    common(central, 6);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a plain readable file
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
