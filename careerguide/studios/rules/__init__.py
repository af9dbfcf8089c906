"""Pure rules of the Huainan master-studio measures (淮人社发〔2019〕49号); no Django import.

Plain values in, a decision with reasons and clause out.  Policy numbers are
parameters; the services read them from `careerguide.policy`.
"""
