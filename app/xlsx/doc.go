// Package xlsx writes and reads the Excel workbooks offices exchange:
// the honoree lists ("danh sách khen thưởng") with the report's text and
// document details, the lists that subordinate units send in, and the
// consolidated list made from several of them.
//
// Export: [Write] and [WriteFile] turn a report into a workbook ready to
// print and forward (sheets "Cá nhân", "Tập thể", "Nội dung báo cáo",
// "Thông tin văn bản").
//
// Import is two steps so that a caller can show what will happen before
// anything changes: [Read] (or [ReadFile]) detects the sheets, the header
// row and the columns and returns a [Result] listing every row it took,
// every row it skipped and why, and every duplicate; [Result.ApplyTo] then
// adds the rows to a report. When the detected columns are wrong, the
// caller reads again with an [Override] in [Options].
//
// Consolidation: [Merge] combines the results of several files into one
// list, grouped by unit, and [WriteList] writes it with the source of
// every row.
//
// The package does not import Fyne; the window and the command line both
// use it.
package xlsx
