print("baocao")
