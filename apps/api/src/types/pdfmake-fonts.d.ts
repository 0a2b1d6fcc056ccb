/** pdfmake's own Roboto: absolute paths of its font files, wherever the package is installed. */
declare module 'pdfmake/fonts/Roboto' {
  const fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>;
  export = fonts;
}
