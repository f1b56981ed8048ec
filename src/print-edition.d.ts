// Set by the print edition (src/components/print/PrintEdition.astro) while it renders the chapters, so that each
// widget component draws a printed note instead of its interactive island.
declare namespace App {
  interface Locals {
    printEdition?: boolean;
  }
}
