// en-US locale formatting (filled in later).
