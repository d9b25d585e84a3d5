/** The self-contained HTML posture report: `buildReportModel` reads the store, `renderHtmlReport` writes the page. */
export { buildReportModel, type ReportModel, type ReportModelOptions, type FrameworkSection, type ControlLine, type FailingControl } from './model.js';
export { renderHtmlReport } from './render.js';
export { encodeFindings, type EncodedFindings } from './encode.js';
export { writeHtmlReport } from './file.js';
