"""Inspection: dashboards, drill-down lists, quality reviews, exports, the periodic report, the audit log screen."""
