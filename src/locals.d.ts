// Per-render values shared between a page and the components it renders.
declare namespace App {
  interface Locals {
    /** Language of the article text; differs from the URL's on a Thai page not yet translated. */
    contentLang?: import('./core/i18n/locales.ts').Lang;
  }
}
