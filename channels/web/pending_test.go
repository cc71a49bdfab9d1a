package web

func testBook() Book { return nil }
