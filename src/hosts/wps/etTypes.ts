/// <reference types="et-jsapi-declare" />
/** The ET (WPS 表格) object model members this host uses, named from et-jsapi-declare's typings. */
export type EtApplication = WPSMergedRoot;
export type EtWorkbook = Et.Workbook;
export type EtWorksheet = Et.Worksheet;
export type EtRange = Et.Range;
