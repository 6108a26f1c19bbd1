enum ReportPluginsModule {}
