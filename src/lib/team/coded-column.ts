/**
 * A column of short texts (age band, segment, department…) for many people, stored as one code per person into
 * the column's distinct values. 100,000 people then cross from a worker to the page as one transferred typed array
 * instead of 100,000 strings copied one by one, and a breakdown counts by code instead of by string. Pure.
 */
export interface CodedColumn {
  /** The distinct values, in the order first met. */
  values: string[];
  /** Per person, the index of their value in `values`. */
  codes: Uint32Array;
}

export function codedColumnBuilder() {
  const index = new Map<string, number>();
  const values: string[] = [];
  let codes = new Uint32Array(1024);
  let length = 0;
  const codeOf = (value: string) => {
    let code = index.get(value);
    if (code === undefined) {
      code = values.length;
      index.set(value, code);
      values.push(value);
    }
    return code;
  };
  const pushCode = (code: number) => {
    if (length === codes.length) {
      const grown = new Uint32Array(codes.length * 2);
      grown.set(codes);
      codes = grown;
    }
    codes[length++] = code;
  };
  return {
    /** The value's code (given now if new), to push many times without looking the value up again. */
    codeOf,
    pushCode,
    push(value: string) {
      pushCode(codeOf(value));
    },
    result(): CodedColumn {
      return { values: [...values], codes: codes.slice(0, length) };
    },
  };
}

export function codedColumn(values: readonly string[]): CodedColumn {
  const b = codedColumnBuilder();
  for (const v of values) b.push(v);
  return b.result();
}

/** Every person's value, in order (tests, small pools). */
export const columnValues = (column: CodedColumn): string[] => Array.from(column.codes, (c) => column.values[c]!);

/** How many people have each value, by code. */
export function countByCode(column: CodedColumn): number[] {
  const counts = new Array<number>(column.values.length).fill(0);
  for (let i = 0; i < column.codes.length; i++) counts[column.codes[i]!]!++;
  return counts;
}
