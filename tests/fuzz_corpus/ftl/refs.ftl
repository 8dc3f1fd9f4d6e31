-term = Term
    .gender = f
a = { b } and { -term }
b = { c }
c = { a }
d = { -term.gender ->
    [f] her
   *[other] their
}
    .spoken = said
