"""The Lists section: agreements and their lists, import with the column step, checks in the
background, the review of matches, our lists, versions, the exchange day, printouts."""
