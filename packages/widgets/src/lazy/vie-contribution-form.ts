import { defineElement } from '../define'
import { VieContributionForm } from '../vie-contribution-form/vie-contribution-form'

defineElement('vie-contribution-form', VieContributionForm)
