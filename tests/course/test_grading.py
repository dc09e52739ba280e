from trainer.course.grading import is_correct, score, signs_noticed_and_missed


def quiz(demo_library):
    return demo_library.module("demo", "nb").part("quiz-demo")


def test_each_kind_right_and_wrong(demo_library):
    single, multiple, truefalse, matching, ordering = quiz(demo_library).questions
    assert is_correct(single, 0) and not is_correct(single, 1)
    assert is_correct(multiple, [2, 0]) and not is_correct(multiple, [0])
    assert is_correct(truefalse, 1) and not is_correct(truefalse, 0)
    assert is_correct(matching, {"Bestiller": "Betaler for volden", "Utfører": "Gjør selve handlingen"})
    assert not is_correct(matching, {"Bestiller": "Gjør selve handlingen", "Utfører": "Betaler for volden"})
    assert is_correct(ordering, ["Sosiale medier", "Annonse", "Gruppe"])
    assert not is_correct(ordering, ["Annonse", "Sosiale medier", "Gruppe"])
    assert not is_correct(single, None) and not is_correct(multiple, "0")


def test_score(demo_library):
    questions = quiz(demo_library).questions
    assert score(questions, {"betaler": 0, "signaler": [0], "betalt": 1}) == (2, 5)


def test_signs_noticed_and_missed(demo_library):
    scenario = demo_library.module("demo", "nb").part("sko")
    assert signs_noticed_and_missed(scenario, ["nye-ting"]) == (["Nye ting uten forklaring"], ["Nye, eldre venner"])
