# From the article's text to its data, then to server-rendered HTML (run from the repository, after
# `npm run build`; in your project, `npx encart …` once encart is installed).
encart extract examples/kazakhstan-massimov/article.fr.txt \
  --published 2022-01-08 --lang fr --source Reuters \
  --title "Le Kazakhstan arrête son ancien chef de la sécurité" -o "$OUT/article.json"
encart render "$OUT/article.json" --widget figures-panel --limit 4 -o "$OUT/figures.html"
# The same panel reading its data from a URL in the browser: no data script in the page, one
# download for every widget that names it, and no layout shift when the script tag runs.
encart render "$OUT/article.json" --widget figures-panel --limit 4 --src /data/kazakhstan.json -o "$OUT/figures-src.html"
