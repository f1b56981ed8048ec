// The parts of @pagefind/default-ui (which ships no types) that this site uses.
declare module '@pagefind/default-ui' {
  export interface PagefindResultData {
    url: string;
    content: string;
    meta?: { url?: string };
    sub_results: { url: string }[];
  }
  export interface PagefindUIOptions {
    element: HTMLElement | string;
    baseUrl?: string;
    bundlePath?: string;
    showImages?: boolean;
    showSubResults?: boolean;
    translations?: Record<string, string>;
    processTerm?: (term: string) => string;
    processResult?: (result: PagefindResultData) => PagefindResultData | void;
    ranking?: Record<string, number>;
    [option: string]: unknown;
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
  }
}
