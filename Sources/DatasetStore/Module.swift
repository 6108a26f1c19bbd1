enum DatasetStoreModule {}
