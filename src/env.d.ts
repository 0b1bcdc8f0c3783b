/** What src/middleware.ts gives every page and endpoint it renders. */
declare namespace App {
  interface Locals {
    /** The validated dataset of this request (src/site/read-dataset.ts), read once before the page renders. */
    dataset: import('./domain/dataset.ts').Dataset;
  }
}
