"""Understanding parents' messages: text in, provisional marks or a question out. Pure: no I/O."""
