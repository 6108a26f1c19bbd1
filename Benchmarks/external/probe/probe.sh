#!/bin/sh
wc -c > last-request-bytes   # read it all, and say how much
printf '%s\n' '{"protocol":"baocao.plugin/1","report":{"tables":[{"id":"t","title":"T","columns":[{"id":"n","label":"N","type":"integer"}],"rows":[{"key":"total","label":"Tổng","kind":"total","cells":{"n":1}}]}]}}'
