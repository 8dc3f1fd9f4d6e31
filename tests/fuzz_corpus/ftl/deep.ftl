deep = { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { "x" } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
next = { $n ->
    [one] one { -term }
   *[other] { NUMBER($n, minimumFractionDigits: 2) } { F(G(H("x"))) }
}
