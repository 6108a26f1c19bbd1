enum DatasetReadersModule {}
