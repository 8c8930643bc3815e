namespace sandbox { }
