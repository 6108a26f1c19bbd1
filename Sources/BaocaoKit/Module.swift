enum BaocaoKitModule {}
