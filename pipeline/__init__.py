"""zone-measures: COVID-19 recovery support measures of Chinese development zones and
districts, extracted from news articles with every value grounded in its source span."""

__version__ = "0.1.0"
