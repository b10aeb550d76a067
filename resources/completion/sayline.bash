# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for sayline (the reader): its options, then files and folders.

_sayline()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()
    if [[ $prev == --library || $prev == --screenshot ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    elif [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--help --help-all --version --library --no-library --screenshot" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

complete -o filenames -F _sayline sayline
