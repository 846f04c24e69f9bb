/**
 * The office.js build the tests and the preview page run: Excel on the web's, unminified (the one the CDN serves as
 * excel-web-16.00.debug.js), from @microsoft/office-js/dist. webpack.config.js copies it for the preview page.
 */
export const officeJsBuild = 'excel-web-16.00.debug.js';

/** Where a page of the development build loads it from (dist-dev/officejs/…, copied by webpack.config.js). */
export const officeJsPagePath = `officejs/${officeJsBuild}`;

/** The first ExcelApi version with an API of src/excel the build lacks: 1.18 (Worksheet.notes). */
export const firstVersionBeyondBuild = '1.18';
