// The supervision dashboard island (auditors): ECharts charts over figures the page embeds as JSON. Filled in by the dashboard work.
