"""The learner's screens: profiles, the course overview, a module's pages, scenarios and quizzes, progress, the contact card."""
