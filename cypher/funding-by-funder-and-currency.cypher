// Funding by funder and currency
//
// Purpose:    who funded what, summed per funder and currency: how many grants, the total
//             of those with an amount, and each grant as written (amountText) with its
//             recipient. Grants without a currency (in kind, or no amount given) read 'n/d'.
// Parameters: none
// Example:    (run as is)
//
// Amounts are only summed within one currency; there is no conversion.
MATCH (f)-[r:FUNDED]->(t)
WITH f, coalesce(r.currency, 'n/d') AS currency, r, t
ORDER BY r.source, r.line
WITH f, currency, count(r) AS grants, sum(coalesce(r.amount, 0)) AS total,
     collect({recipient: t.name, amountText: r.amountText, purpose: r.purpose, inKind: r.inKind,
              source: r.source, line: r.line, quote: r.quote}) AS items
RETURN f.name AS funder, [l IN labels(f) WHERE l <> 'Entity'][0] AS kind, currency, grants,
       CASE WHEN currency = 'n/d' THEN null ELSE total END AS total, items
ORDER BY currency, total DESC, grants DESC, funder;
