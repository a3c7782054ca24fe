// Each browser test class starts its own Fazhi (demo data seeded) and its own Chromium pages. Run in parallel on the
// two cores CI has, seven of them starved each other until a sign-in redirect outlasted Playwright's 30 s wait; one
// class at a time costs about half a minute more and removes that flake.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
