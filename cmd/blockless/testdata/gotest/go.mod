module gotest

go 1.26
