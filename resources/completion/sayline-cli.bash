# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for sayline-cli. The commands and each command's options are read from the program's own
# --help, so they cannot drift from it.

_sayline_cli_words()
{
    # The first column of the "Subcommands:" block of --help, or the options of a command's --help.
    if [[ -z $2 ]]; then
        "$1" --help 2>/dev/null | awk '/^Subcommands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } /^$/ { on = 0 }'
    else
        "$1" "$2" --help 2>/dev/null | grep -oE -- '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' | sort -u
    fi
}

_sayline_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} program=${COMP_WORDS[0]}
    COMPREPLY=()
    if ((COMP_CWORD == 1)); then
        COMPREPLY=($(compgen -W "$(_sayline_cli_words "$program") help --help --version" -- "$cur"))
        return
    fi
    local command=${COMP_WORDS[1]}
    case $prev in
    --library | --output)
        COMPREPLY=($(compgen -f -- "$cur"))
        return
        ;;
    --format)
        if [[ $command == export ]]; then
            COMPREPLY=($(compgen -W "md html pdf json csv" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "auto text html rss atom nitf newsml mhtml" -- "$cur"))
        fi
        return
        ;;
    --language)
        COMPREPLY=($(compgen -W "auto en zh" -- "$cur"))
        return
        ;;
    --entity-typing)
        COMPREPLY=($(compgen -W "rules tagger" -- "$cur"))
        return
        ;;
    --kind)
        COMPREPLY=($(compgen -W "direct indirect mixed" -- "$cur"))
        return
        ;;
    --reference-date | --from | --to | --speaker | --text | --about | --publisher | --title | --limit | --jobs | --query | \
        --article)
        return
        ;;
    esac
    if [[ $command == help ]]; then
        COMPREPLY=($(compgen -W "$(_sayline_cli_words "$program")" -- "$cur"))
    elif [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_sayline_cli_words "$program" "$command")" -- "$cur"))
    elif [[ $command == analyze || $command == import ]]; then
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

complete -o filenames -F _sayline_cli sayline-cli
