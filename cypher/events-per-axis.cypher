// Events per axis (eje) and semester
//
// Purpose:    how many events each axis of the city's programme has in each report. The
//             reports spell an axis differently ("Eje 1. Igualdad y Derechos", "Eje 1.
//             Igualdad y derechos", "Eje 1. Igualdad de Derechos"), so axes are grouped by
//             their number, with every spelling kept in `spellings`; events outside the axes
//             (transversal actions, the head of government's agenda...) read 'Sin eje'.
// Parameters: none
// Example:    (run as is)
MATCH (e:Event)
WITH e, CASE WHEN e.eje IS NULL THEN 'Sin eje' ELSE trim(split(e.eje, '.')[0]) END AS axis
RETURN axis, e.source AS report, count(e) AS events, collect(DISTINCT e.eje) AS spellings
ORDER BY axis, report;
