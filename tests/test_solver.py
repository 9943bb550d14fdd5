"""The linear programs behind the consistency checks, on hand-written rows."""
from tradecheck.check.system import _solve


def test_a_point_is_found_when_the_rows_agree():
    # x0 + x1 between 1 and 2, x0 - x1 at least 0.5
    status, _ = _solve(2, [({0: 1.0, 1: 1.0}, 1.0, 2.0), ({0: 1.0, 1: -1.0}, 0.5, None)])
    assert status == "optimal"


def test_contradictory_rows_are_infeasible():
    # x0 >= 3 and x0 <= 1 cannot both hold
    status, value = _solve(1, [({0: 1.0}, 3.0, None), ({0: 1.0}, None, 1.0)])
    assert status == "infeasible" and value is None


def test_the_range_of_a_variable_comes_from_minimising_both_ways():
    rows = [({0: 1.0, 1: 1.0}, None, 10.0), ({1: 1.0}, 4.0, None), ({0: 1.0}, 0.0, None)]
    assert _solve(2, rows, {0: 1.0}) == ("optimal", 0.0)
    status, value = _solve(2, rows, {0: -1.0})
    assert status == "optimal" and -value == 6.0


def test_an_open_direction_is_unbounded_not_a_number():
    status, value = _solve(1, [({0: 1.0}, 0.0, None)], {0: -1.0})
    assert status != "optimal" and value is None


def test_a_small_system_among_many_variables_solves_as_alone():
    # a long document has thousands of variables; one check names three of them
    rows = [({700: 1.0, 4012: 1.0}, None, 10.0), ({4012: 1.0}, 4.0, None), ({700: 1.0}, 0.0, None)]
    assert _solve(5000, rows, {700: -1.0}) == _solve(5000, [({0: 1.0, 1: 1.0}, None, 10.0), ({1: 1.0}, 4.0, None),
                                                             ({0: 1.0}, 0.0, None)], {0: -1.0})
    assert _solve(5000, [({9: 1.0}, 3.0, None), ({9: 1.0}, None, 1.0)])[0] == "infeasible"


def test_rows_without_variables_hold_only_where_zero_fits():
    assert _solve(3, [({}, -1.0, 1.0)])[0] == "optimal"
    assert _solve(3, [({}, 1.0, 2.0)])[0] == "infeasible"


def test_rows_of_one_variable_each_are_decided_without_a_program():
    from tradecheck.check.system import _separable

    # x0 in [1, 3] and [2, 5]: they meet; x1 >= 4 with -x1 >= -3 (x1 <= 3): they do not
    assert _separable([({0: 1.0}, 1.0, 3.0), ({0: 1.0}, 2.0, 5.0)]) is True
    assert _separable([({1: 1.0}, 4.0, None), ({1: -1.0}, -3.0, None)]) is False
    # a row that ties two variables is the solver's question
    assert _separable([({0: 1.0}, 1.0, 3.0), ({0: 1.0, 1: -2.0}, 0.0, None)]) is None
    # bounds that miss each other by less than the solver's tolerance: left to the solver
    assert _separable([({0: 1.0}, 1.0 + 1e-9, None), ({0: 1.0}, None, 1.0)]) is None
    # ... measured in each row's own units: a millionth of x misses by little even where x misses by much
    assert _separable([({0: 1.0}, 0.0, None), ({0: -0.001}, 6e-8, None)]) is None


def test_the_shortcut_answers_as_the_solver_does():
    """On random rows that each bound one variable (scaled coefficients of either sign,
    open and closed sides), the interval answer is the simplex's wherever it gives one."""
    from hypothesis import example, given, settings, strategies as st

    from tradecheck.check.system import _separable

    bound = st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False))
    row = st.tuples(st.integers(0, 3), st.sampled_from([1.0, -1.0, 2.5, -0.001, 1e3]), bound, bound)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(row, min_size=1, max_size=8))
    # x >= 0 and -0.001x >= 6e-8 (x <= -6e-5): GLPK lets the second row miss by its
    # tolerance, and calls the pair feasible; the shortcut must not say otherwise
    @example([(1, 1.0, 0.0, None), (1, -0.001, 5.960464477539063e-08, None)])
    def agree(rows):
        rows = [({i: c}, lo, hi) if lo is None or hi is None or lo <= hi else ({i: c}, hi, lo)
                for i, c, lo, hi in rows]
        quick = _separable(rows)
        if quick is not None:
            assert quick == (_solve(4, rows)[0] != "infeasible")

    agree()
